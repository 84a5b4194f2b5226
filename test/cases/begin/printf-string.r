[dtrace]
[    dtrace]
[dtrace    ]
[dtr]
[dt      ]
[|x]

