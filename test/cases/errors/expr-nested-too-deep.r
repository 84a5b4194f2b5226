dtrace: failed to compile script SCRIPT: line 1: expression nested more than 1000 levels deep
exit status 1
exit status 0
