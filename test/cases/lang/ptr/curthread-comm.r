dtrace d

