import type { SeedArticle } from '../types';
import { articles2024 } from './articles-2024';
import { articles2025 } from './articles-2025';
import { articles2026 } from './articles-2026';

export const articles: SeedArticle[] = [...articles2024, ...articles2025, ...articles2026];
