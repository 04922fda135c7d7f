"""Reading: files, folders, standard input and saved web pages in; decoded documents out, each
cut into paragraphs with a role (headline, body, or page furniture set aside) and metadata."""
