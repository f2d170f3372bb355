"""Expected figures of the ``customer-service`` dataset, transcribed by hand from the seed pages.

Each value is written as the page prints it ("$42,702", "-4%", "Male, 44.1% Female, 55.9%");
``"-"`` is a figure the page leaves blank.  "Time to become" comes from the pages' "It typically
takes 4-6 years to become both ..." line and is "-" where a page leaves the role out of it.
The Customer Service/Operations Manager page lists only its top three skills, without weights.
test_datasets.py checks every figure of every role against this table.
"""

from __future__ import annotations

_CSU = "California State University - Bakersfield"
_PENN = "University of Pennsylvania"

#: Slug -> the figures of that role, keyed by the pages' row labels.
SEED_FIGURES: dict[str, dict[str, str | tuple[str, ...]]] = {
    "customer-care-supervisor": {
        "Title": "Customer Care Supervisor",
        "Yearly salary": "$42,702",
        "Hourly rate": "$20.53",
        "Growth rate": "-4%",
        "Number of jobs": "227,154",
        "Job satisfaction": "-",
        "Most common degree": "Bachelor's Degree, 55%",
        "Average age": "47",
        "Years of experience": "6",
        "Time to become": "4-6 years",
        "Salary range": "Between $30,000 And $59,000",
        "Highest paying City": "-",
        "Highest paying state": "-",
        "Best paying company": "-",
        "Best paying industry": "-",
        "Most common major": "Business",
        "Most common college": _CSU,
        "Gender ratio": "Male, 44.1% Female, 55.9%",
        "Race ratio": (
            "Black or African American, 10.0% Unknown, 4.8% Hispanic or Latino, 18.7% "
            "Asian, 5.4% White, 60.5% American Indian and Alaska Native, 0.6%"
        ),
        "LGBT Percentage": "8%",
        "Skills": (
            "Customer Satisfaction, 6%",
            "Process Improvement, 6%",
            "Corrective Action, 6%",
            "Customer Complaints, 5%",
            "Quality Standards, 5%",
            "Work Ethic, 5%",
        ),
    },
    "customer-service-manager": {
        "Title": "Customer Service Manager",
        "Yearly salary": "$61,487",
        "Hourly rate": "$29.56",
        "Growth rate": "6%",
        "Number of jobs": "313,110",
        "Job satisfaction": "5",
        "Most common degree": "Bachelor's Degree, 46%",
        "Average age": "44",
        "Years of experience": "6",
        "Time to become": "4-6 years",
        "Salary range": "Between $35,000 And $105,000",
        "Highest paying City": "Washington, DC",
        "Highest paying state": "New Jersey",
        "Best paying company": "KLA",
        "Best paying industry": "Manufacturing",
        "Most common major": "Business",
        "Most common college": _PENN,
        "Gender ratio": "Male, 37.0% Female, 63.0%",
        "Race ratio": (
            "Black or African American, 6.3% Unknown, 4.3% Hispanic or Latino, 15.5% "
            "Asian, 6.4% White, 67.0% American Indian and Alaska Native, 0.5%"
        ),
        "LGBT Percentage": "10%",
        "Skills": (
            "Strong Customer Service, 15%",
            "Payroll, 6%",
            "Customer Satisfaction, 6%",
            "Customer Complaints, 6%",
            "Customer Service, 6%",
            "ISO, 5%",
        ),
    },
    "customer-care-manager": {
        "Title": "Customer Care Manager",
        "Yearly salary": "$41,181",
        "Hourly rate": "$19.80",
        "Growth rate": "8%",
        "Number of jobs": "129,140",
        "Job satisfaction": "-",
        "Most common degree": "Bachelor's Degree, 59%",
        "Average age": "47",
        "Years of experience": "6",
        "Time to become": "4-6 years",
        "Salary range": "Between $28,000 And $59,000",
        "Highest paying City": "Olympia, WA",
        "Highest paying state": "Washington",
        "Best paying company": "Adobe",
        "Best paying industry": "Telecommunication",
        "Most common major": "Business",
        "Most common college": _CSU,
        "Gender ratio": "Male, 38.1% Female, 61.9%",
        "Race ratio": (
            "Black or African American, 10.3% Unknown, 4.8% Hispanic or Latino, 18.2% "
            "Asian, 5.7% White, 60.3% American Indian and Alaska Native, 0.7%"
        ),
        "LGBT Percentage": "8%",
        "Skills": (
            "Patients, 16%",
            "Home Health, 12%",
            "Social Work, 11%",
            "Community Resources, 8%",
            "Discharge Planning, 6%",
            "Data Entry, 4%",
        ),
    },
    "customer-service-leader": {
        "Title": "Customer Service Leader",
        "Yearly salary": "$33,791",
        "Hourly rate": "$16.25",
        "Growth rate": "-4%",
        "Number of jobs": "301,338",
        "Job satisfaction": "-",
        "Most common degree": "Bachelor's Degree, 39%",
        "Average age": "47",
        "Years of experience": "6",
        "Time to become": "4-6 years",
        "Salary range": "Between $27,000 And $41,000",
        "Highest paying City": "Tacoma, WA",
        "Highest paying state": "Washington",
        "Best paying company": "University of California, Berkeley",
        "Best paying industry": "Transportation",
        "Most common major": "Business",
        "Most common college": _CSU,
        "Gender ratio": "Male, 32.9% Female, 67.1%",
        "Race ratio": (
            "Black or African American, 10.6% Unknown, 4.7% Hispanic or Latino, 18.9% "
            "Asian, 5.3% White, 59.9% American Indian and Alaska Native, 0.6%"
        ),
        "LGBT Percentage": "8%",
        "Skills": (
            "POS, 11%",
            "Sales Floor, 10%",
            "Store Management, 9%",
            "Product Knowledge, 9%",
            "Strong Customer Service, 7%",
            "Customer Transactions, 6%",
        ),
    },
    "customer-service-operations-manager": {
        "Title": "Customer Service/Operations Manager",
        "Yearly salary": "$69,350",
        "Hourly rate": "$33.34",
        "Growth rate": "6%",
        "Number of jobs": "249,856",
        "Job satisfaction": "-",
        "Most common degree": "Bachelor's Degree, 56%",
        "Average age": "44",
        "Years of experience": "6",
        "Time to become": "4-6 years",
        "Salary range": "Between $48,000 And $98,000",
        "Highest paying City": "Bay Shore, NY",
        "Highest paying state": "New Jersey",
        "Best paying company": "Xerox",
        "Best paying industry": "Finance",
        "Most common major": "Business",
        "Most common college": _PENN,
        "Gender ratio": "Male, 50.2% Female, 49.8%",
        "Race ratio": (
            "Black or African American, 6.2% Unknown, 4.3% Hispanic or Latino, 15.2% "
            "Asian, 6.4% White, 67.4% American Indian and Alaska Native, 0.5%"
        ),
        "LGBT Percentage": "10%",
        "Skills": ("Customer Satisfaction", "ISO", "Logistics"),
    },
    "contact-center-manager": {
        "Title": "Contact Center Manager",
        "Yearly salary": "$57,880",
        "Hourly rate": "$27.83",
        "Growth rate": "6%",
        "Number of jobs": "117,401",
        "Job satisfaction": "-",
        "Most common degree": "Bachelor's Degree, 60%",
        "Average age": "47",
        "Years of experience": "-",
        "Time to become": "-",
        "Salary range": "Between $28,000 And $119,000",
        "Highest paying City": "New York, NY",
        "Highest paying state": "New Jersey",
        "Best paying company": "Capgemini",
        "Best paying industry": "-",
        "Most common major": "Business",
        "Most common college": _PENN,
        "Gender ratio": "Male, 50.7% Female, 49.3%",
        "Race ratio": (
            "Black or African American, 7.6% Unknown, 4.7% Hispanic or Latino, 12.7% "
            "Asian, 8.9% White, 65.4% American Indian and Alaska Native, 0.7%"
        ),
        "LGBT Percentage": "10%",
        "Skills": (
            "Professional Development, 7%",
            "IVR, 7%",
            "Project Management, 6%",
            "Center Management, 5%",
            "QA, 5%",
            "Customer Satisfaction, 5%",
        ),
    },
}
