entry
next clause
return errno 14

