errno=2 failed=1

