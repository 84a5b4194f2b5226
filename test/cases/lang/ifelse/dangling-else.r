2
done

