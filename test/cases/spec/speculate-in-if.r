not held
held 1
then
after the if

