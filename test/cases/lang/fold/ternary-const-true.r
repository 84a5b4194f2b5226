x
done

