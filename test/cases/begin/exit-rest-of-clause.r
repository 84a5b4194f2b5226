before exit
after exit

