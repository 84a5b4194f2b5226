exit_group(7)

