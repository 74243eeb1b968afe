import ETEModel
