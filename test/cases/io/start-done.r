start: write of 28672 bytes
start: whole buffer 1, device named 1, /dev path 1, major > 0 1
start: file <unknown> <unknown> <unknown> <unknown> <unknown> -1 0
done: 28672 bytes, same device 1

exit status 0
-- @@stderr --
