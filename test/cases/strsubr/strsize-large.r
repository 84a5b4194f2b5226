./lib/../share//zoneinfo/UTC|/USR/./LIB/../SHARE//ZONEINFO/UTC|UTC
/usr/./lib/../share//zoneinfo|/usr/share/zoneinfo/UTC|21
share//zoneinfo/UTC|/UTC|29
usr|.|33

