dtrace: failed to set -x nspec: Invalid value for specified option
exit status 1
dtrace: failed to set -x nspec: Invalid value for specified option
exit status 1
dtrace: failed to set -x specsize: Invalid value for specified option
exit status 1
dtrace: failed to set -x cleanrate: Invalid value for specified option
exit status 1
1 2

exit status 0
1

exit status 0
