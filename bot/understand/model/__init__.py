"""The learned half of understanding: a linear model over word and character n-grams,
trained from the labelled corpus (corpus/replies) by `neet model train` and shipped in
data/reply_model.npz with its training-data hash. Only numpy is needed to run it."""
