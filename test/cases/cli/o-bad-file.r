exit status 1
-- @@stderr --
dtrace: description 'BEGIN ' matched 1 probe
dtrace: failed to open output file '/nonexistent/dir/out': No such file or directory
