errno=0 fd-ok=1

