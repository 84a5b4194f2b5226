exec @@PROGS/procwork
exec-success procwork
exec /nonexistent/prog
exec-failure 2
exec /etc/passwd
exec-failure 13

