"""claimwatch: watch news outlets, alert when a tracked claim is picked up, reworded, retracted."""
