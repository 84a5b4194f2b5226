/etc/hostname|/etc||13

