1
exit status 0
2
exit status 0
3
exit status 0
