import type { PersonSearch } from '@verkosto/domain';
import { createContext, type ReactNode, useContext, useMemo, useState } from 'react';

export interface SearchTerms {
  name: string;
  dateOfBirth: string;
  identityCode: string;
}

export const emptyTerms: SearchTerms = { name: '', dateOfBirth: '', identityCode: '' };

interface SearchMemory {
  terms: SearchTerms;
  setTerms: (terms: SearchTerms) => void;
  /** The body of the last search sent; results are cached under it. */
  submitted: PersonSearch | null;
  setSubmitted: (body: PersonSearch | null) => void;
}

const SearchMemoryContext = createContext<SearchMemory | null>(null);

/**
 * Keeps the person search in memory while the user moves between pages, so "back" shows the
 * same results. Never in the URL or browser storage; gone when the session guard unmounts.
 */
export function SearchMemoryProvider({ children }: { children: ReactNode }) {
  const [terms, setTerms] = useState<SearchTerms>(emptyTerms);
  const [submitted, setSubmitted] = useState<PersonSearch | null>(null);
  const value = useMemo(() => ({ terms, setTerms, submitted, setSubmitted }), [terms, submitted]);
  return <SearchMemoryContext.Provider value={value}>{children}</SearchMemoryContext.Provider>;
}

export function useSearchMemory(): SearchMemory {
  const memory = useContext(SearchMemoryContext);
  if (!memory) throw new Error('useSearchMemory outside SearchMemoryProvider');
  return memory;
}
