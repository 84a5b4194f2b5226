$ppid is the shell
$$pid is $pid
$pid is another process
-- @@stderr --
