[o world] [hello world] []
[world] [d]
[o world] [orld] [] [hello world]
[ world]

