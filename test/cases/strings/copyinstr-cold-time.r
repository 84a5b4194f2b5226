/etc/hostname
entry time 1

