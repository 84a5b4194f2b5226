pilock lwp main: 120 -> 115
pilock lwp main: 115 -> 120

