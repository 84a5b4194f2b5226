dirfd=-100 flags=0

