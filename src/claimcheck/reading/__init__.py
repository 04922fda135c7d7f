"""Reading: files, folders, collections of records, standard input and saved web pages in;
decoded documents (with their outlet) out, each cut into paragraphs with a role (headline,
body, or page furniture set aside) and metadata."""
