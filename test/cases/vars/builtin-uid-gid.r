uid 0 gid 0

