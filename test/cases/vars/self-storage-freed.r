while threads ran, usage rose over 256 KB: yes
after they ended, usage came back within 8 MB: yes
ready
calls traced

