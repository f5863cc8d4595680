"""Self-check quizzes, their pages and their exports for a learning platform."""
