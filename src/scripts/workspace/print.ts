/**
 * A lesson on paper: every question open, and the answers moved into a key after the last
 * question ("Answers"), so a printout can still be used to test yourself. After printing,
 * each answer goes back where it was, hidden again if the quiz had it hidden.
 */
import { all, h } from '../dom';

let moved: { answer: HTMLDetailsElement; home: Node; hidden: boolean; open: boolean }[] = [];
let key: HTMLElement | undefined;

export function printAnswerKey(): void {
  if (key) return;
  const section = document.querySelector<HTMLElement>('.check-yourself');
  if (!section) return;
  const list = h('ol', {});
  all<HTMLDetailsElement>('details.question', section).forEach((question, i) => {
    question.open = true;
    const answer = question.querySelector<HTMLDetailsElement>('details.answer');
    if (!answer?.parentNode) return;
    moved.push({ answer, home: answer.parentNode, hidden: answer.hidden, open: answer.open });
    answer.hidden = false;
    answer.open = true;
    list.append(h('li', { value: String(i + 1) }, answer));
  });
  key = h('section', { class: 'answer-key', 'aria-label': 'Answers' }, h('h3', {}, 'Answers'), list);
  section.append(key);
}

export function restoreAnswers(): void {
  for (const { answer, home, hidden, open } of moved) {
    home.appendChild(answer);
    answer.hidden = hidden;
    answer.open = open;
  }
  moved = [];
  key?.remove();
  key = undefined;
}
