own types: 0
a script: 0
curthread: 1
vmlinux`struct: 1
