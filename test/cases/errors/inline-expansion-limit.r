4096

exit status 0
dtrace: failed to compile script SCRIPT: line 3: inline i1 expands to more than 100000 nodes
exit status 1
4096

exit status 0
dtrace: failed to compile script SCRIPT: line 4: translation of a expands to more than 100000 nodes
exit status 1
1

exit status 0
dtrace: failed to compile script SCRIPT: line 2: translation of a expands to more than 100000 nodes
exit status 1
