exec @@PROGS/procwork (dtrace)
exec-success procwork
exec /bin/true (procwork)
exec-success true

