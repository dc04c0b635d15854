# placeholder, replaced by the lexicon author
topic - stem cell{,s}
