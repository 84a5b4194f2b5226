0 24832 97

exit status 0
