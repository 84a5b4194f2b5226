first -100
/etc/hostname|/etc|42|0
openat:entry 1
openat:return 1

