signal-send 15 to child 1 1
exit child 2
exit parent 1

