exit_group(0)

exit status 0
