probename == "BEGIN"
probeprov != "syscall"
"abc" != "abcd"

