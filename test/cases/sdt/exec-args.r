spin 1 1 @@PROGS/spin

