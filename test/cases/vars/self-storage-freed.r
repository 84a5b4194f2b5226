while threads ran, usage rose over 256 KB: yes
at its peak, usage held under half of all the threads' storage: yes
ready
calls traced

