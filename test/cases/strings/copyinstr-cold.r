/etc/hostname

exit status 0
/etc/hostname

exit status 0
/etc/hostname

exit status 0
/etc/hostname

exit status 0
/etc/hostname

exit status 0
