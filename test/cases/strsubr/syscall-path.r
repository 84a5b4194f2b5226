UTC|/usr/./lib/../share//zoneinfo|/usr/share/zoneinfo/UTC
USR|zone|14|29
zoneinfo/UTC|/UTC|UTC
usr|.|lib|..

