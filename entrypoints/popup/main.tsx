import { mountWorkbench } from '../../components/workbench/mount';
import '../../components/workbench/workbench.css';

void mountWorkbench('popup');
