about one second

