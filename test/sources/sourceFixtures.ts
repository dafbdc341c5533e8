/** Test sources written for these tests, in the shapes pinpoints name: a judgment, a resolution and a treaty. */

export const JUDGMENT = [
  'INTERNATIONAL COURT OF JUSTICE',
  'CASE CONCERNING PULP MILLS ON THE RIVER URUGUAY (ARGENTINA v. URUGUAY)',
  'JUDGMENT OF 20 APRIL 2010',
  '99. The Court observes that the obligation to notify is intended to create the conditions for successful co-operation between the Parties.',
  '100. The Court considers that the procedural obligations under the Statute are closely linked to the substantive obligations.',
  '101. The Court points out that the principle of prevention, as a customary rule, has its origins in the due diligence that is required of a State in its territory. It is “every State’s obligation not to allow knowingly its territory to be used for acts contrary to the rights of other States”.',
  '102. In the view of the Court, the obligation to inform CARU allows for the initiation of co-operation between the Parties which is necessary in order to fulfil the obligation of prevention.',
  '103. The Court recalls the three stages of the procedure, which the Parties described as follows:',
  '1. notification of the works to the Administrative Commission;',
  '2. consultation between the two States within thirty days.',
  '104. It may now be considered a requirement under general international law to undertake an environmental impact assessment where there is a risk that the proposed industrial activity may have a significant adverse impact in a transboundary context.',
];

export const RESOLUTION = [
  'United Nations S/RES/1718 (2006)',
  'Security Council',
  'Resolution 1718 (2006)',
  'Adopted by the Security Council at its 5551st meeting, on 14 October 2006',
  'The Security Council,',
  'Recalling its previous relevant resolutions, including resolution 825 (1993) and resolution 1695 (2006),',
  'Acting under Chapter VII of the Charter of the United Nations, and taking measures under its Article 41,',
  '1. Condemns the nuclear test proclaimed by the DPRK on 9 October 2006 in flagrant disregard of its relevant resolutions;',
  '2. Demands that the DPRK not conduct any further nuclear test or launch of a ballistic missile;',
  '8. Decides that:',
  '(a) All Member States shall prevent the direct or indirect supply, sale or transfer to the DPRK, through their territories or by their nationals, of:',
  '(i) Any battle tanks, armoured combat vehicles, large calibre artillery systems, combat aircraft, attack helicopters, warships, missiles or missile systems;',
  '(ii) All items, materials, equipment, goods and technology which could contribute to the DPRK’s nuclear-related programmes;',
  '(b) The DPRK shall cease the export of all items covered in subparagraphs (a) (i) and (a) (ii) above and all Member States shall prohibit the procurement of such items from the DPRK;',
  '(c) All Member States shall prevent any transfers to the DPRK of technical training, advice, services or assistance related to the provision of the items in subparagraph (a) above;',
  '9. Decides that the provisions of paragraph 8 above do not apply to financial or other assets determined to be necessary for basic expenses;',
];

export const TREATY = [
  'CHARTER OF THE UNITED NATIONS',
  'Article 1',
  'The Purposes of the United Nations are:',
  '1. To maintain international peace and security, and to that end: to take effective collective measures for the prevention and removal of threats to the peace;',
  '2. To develop friendly relations among nations based on respect for the principle of equal rights and self-determination of peoples;',
  'Article 2',
  'The Organization and its Members, in pursuit of the Purposes stated in Article 1, shall act in accordance with the following Principles.',
  '1. The Organization is based on the principle of the sovereign equality of all its Members.',
  '4. All Members shall refrain in their international relations from the threat or use of force against the territorial integrity or political independence of any state, or in any other manner inconsistent with the Purposes of the United Nations.',
  'Article 51',
  'Nothing in the present Charter shall impair the inherent right of individual or collective self-defence if an armed attack occurs against a Member of the United Nations, until the Security Council has taken measures necessary to maintain international peace and security.',
];

/** The fixtures as one text file each. */
export const asText = (lines: readonly string[]) => `${lines.join('\n')}\n`;

/** The fixtures as HTML, one paragraph per line (numbered lines written as text, not list items). */
export const asHtml = (lines: readonly string[], title: string) =>
  `<!doctype html><html><head><title>${title}</title><style>p{margin:0 0 .6em}</style><script>document.title='x'</script></head><body>${lines
    .map((line) => `<p>${line.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
    .join('\n')}</body></html>`;
