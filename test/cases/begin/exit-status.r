exiting with 7

