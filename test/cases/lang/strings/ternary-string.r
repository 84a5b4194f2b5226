yes no

