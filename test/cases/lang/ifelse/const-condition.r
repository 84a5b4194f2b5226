else
then

